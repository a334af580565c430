/* supplygraph page script (graph/html.py). Draws the JSON block #sg-data with
   vis-network and adds the legend, type filters, search and details panel.
   Every text from the data goes into the page as a DOM text node, never as
   HTML: names and source sentences cannot inject markup or script. */
(function () {
  "use strict";
  var data = JSON.parse(document.getElementById("sg-data").textContent);
  var style = data.style;
  var large = data.nodes.length > style.large_graph_nodes;
  var state = { stable: false, pinned: null, hiddenTypes: {}, stabilizedAt: null };
  var nodeById = {}, edgeById = {};

  function el(tag, attrs, children) {
    var node = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (k) { node.setAttribute(k, attrs[k]); });
    (children || []).forEach(function (c) {
      node.appendChild(typeof c === "string" ? document.createTextNode(c) : c);
    });
    return node;
  }
  function svg(tag, attrs) {
    var node = document.createElementNS("http://www.w3.org/2000/svg", tag);
    Object.keys(attrs).forEach(function (k) { node.setAttribute(k, String(attrs[k])); });
    return node;
  }
  function fmt(v) {
    if (Array.isArray(v)) { return v.map(fmt).join("; "); }
    if (v !== null && typeof v === "object") { return JSON.stringify(v); }
    if (typeof v === "number" && Math.abs(v) >= 10000) { return v.toLocaleString("en-US"); }
    return String(v);
  }
  function nodeStyle(type) { return style.node_types[type] || { colour: "#999999", shape: "dot" }; }
  function edgeStyle(type) { return style.edge_types[type] || { colour: "#9a9a9a", dashes: false, width: 1, arrows: "to" }; }

  /* --- vis data --------------------------------------------------------- */
  var visNodes = data.nodes.map(function (n) {
    nodeById[n.id] = n;
    var s = nodeStyle(n.type);
    return {
      id: n.id, label: n.label, shape: s.shape, size: n.size,
      color: { background: s.colour, border: n.focus ? "#222222" : s.colour,
               highlight: { background: s.colour, border: "#000000" },
               hover: { background: s.colour, border: "#000000" } },
      borderWidth: n.focus ? style.focus_border : 1,
      widthConstraint: { maximum: style.label_width },  // long names wrap instead of overlapping
      font: { size: n.focus ? style.font_size + 4 : style.font_size, face: "system-ui, sans-serif",
              strokeWidth: 3, strokeColor: "#ffffff" }
    };
  });
  var visEdges = data.edges.map(function (e) {
    edgeById[e.id] = e;
    var s = edgeStyle(e.type);
    var item = { id: e.id, from: e.from, to: e.to, width: e.width, dashes: s.dashes,
                 arrows: s.arrows ? { to: { enabled: true, scaleFactor: 0.6 } } : { to: { enabled: false } },
                 color: { color: s.colour, highlight: s.colour, hover: s.colour, opacity: 0.9 } };
    if (e.props && e.props.found_by === "learned") {
      item.dashes = style.learned_edge.dashes;
      item.color.opacity = style.learned_edge.opacity;
    }
    if (e.curve) {
      item.smooth = { enabled: true, type: e.curve % 2 ? "curvedCW" : "curvedCCW",
                      roundness: style.parallel_roundness * Math.ceil(e.curve / 2) };
    }
    return item;
  });
  var nodes = new vis.DataSet(visNodes);
  var edges = new vis.DataSet(visEdges);
  var iterations = large ? style.stabilization_iterations_large : style.stabilization_iterations;
  var options = {
    autoResize: true,
    layout: { randomSeed: 7, improvedLayout: data.nodes.length <= 150 },
    physics: {
      enabled: true, solver: "forceAtlas2Based",
      forceAtlas2Based: style.physics,
      stabilization: { enabled: true, iterations: iterations, updateInterval: 25, fit: true }
    },
    edges: { smooth: large ? false : { enabled: true, type: "continuous", roundness: 0.3 },
             selectionWidth: 2, hoverWidth: 1.5 },
    nodes: { scaling: { label: { drawThreshold: 6 } } },
    interaction: { hover: true, hideEdgesOnDrag: large, hideEdgesOnZoom: large, tooltipDelay: 150,
                   navigationButtons: false, keyboard: false, multiselect: false }
  };
  var container = document.getElementById("sg-graph");
  var network = new vis.Network(container, { nodes: nodes, edges: edges }, options);
  var status = document.getElementById("sg-status");

  function markStable() {
    if (state.stable) { return; }
    network.setOptions({ physics: false });  // keep the page calm (and cheap) once laid out
    state.stable = true;
    state.stabilizedAt = performance.now();
    status.textContent = "Layout stable: " + data.nodes.length + " nodes, " + data.edges.length +
      " edges. Drag to move, scroll to zoom.";
  }
  network.on("stabilizationProgress", function (p) {
    status.textContent = "Laying out the graph... " + Math.round(100 * p.iterations / p.total) + "%";
  });
  network.once("stabilizationIterationsDone", markStable);
  network.once("stabilized", markStable);
  if (data.nodes.length === 0) { markStable(); }

  /* --- legend and type filters -------------------------------------- */
  function shapeIcon(shape, colour) {
    var box = svg("svg", { width: 18, height: 18, viewBox: "0 0 18 18", "aria-hidden": "true" });
    var fill = { fill: colour, stroke: "#555", "stroke-width": 0.6 };
    function add(tag, attrs) { box.appendChild(svg(tag, Object.assign({}, fill, attrs))); }
    if (shape === "square") { add("rect", { x: 3, y: 3, width: 12, height: 12 }); }
    else if (shape === "diamond") { add("polygon", { points: "9,1.5 16.5,9 9,16.5 1.5,9" }); }
    else if (shape === "triangle") { add("polygon", { points: "9,2 16.5,15.5 1.5,15.5" }); }
    else if (shape === "triangleDown") { add("polygon", { points: "1.5,2.5 16.5,2.5 9,16" }); }
    else if (shape === "hexagon") { add("polygon", { points: "5,2 13,2 17,9 13,16 5,16 1,9" }); }
    else if (shape === "star") {
      add("polygon", { points: "9,1 11.2,6.6 17,6.9 12.5,10.6 14,16.4 9,13.2 4,16.4 5.5,10.6 1,6.9 6.8,6.6" });
    } else { add("circle", { cx: 9, cy: 9, r: 7 }); }
    return box;
  }
  function lineIcon(s) {
    var box = svg("svg", { width: 34, height: 12, viewBox: "0 0 34 12", "aria-hidden": "true" });
    var attrs = { x1: 1, y1: 6, x2: 33, y2: 6, stroke: s.colour, "stroke-width": Math.min(4, s.width + 0.5) };
    if (s.dashes) { attrs["stroke-dasharray"] = s.dashes.join(" "); }
    box.appendChild(svg("line", attrs));
    return box;
  }
  function countBy(items) {
    var out = {};
    items.forEach(function (i) { out[i.type] = (out[i.type] || 0) + 1; });
    return out;
  }
  var nodeCounts = countBy(data.nodes), edgeCounts = countBy(data.edges);
  var legendNodes = document.getElementById("sg-legend-nodes");
  Object.keys(style.node_types).forEach(function (type) {
    if (!nodeCounts[type]) { return; }
    var box = el("input", { type: "checkbox", "data-type": type });
    box.checked = true;
    box.addEventListener("change", function () { setTypeVisible(type, box.checked); });
    var s = nodeStyle(type);
    legendNodes.appendChild(el("div", { "class": "sg-legend-row" }, [
      el("label", {}, [box, shapeIcon(s.shape, s.colour), type]),
      el("span", { "class": "sg-count" }, [String(nodeCounts[type])])]));
  });
  var legendEdges = document.getElementById("sg-legend-edges");
  Object.keys(style.edge_types).forEach(function (type) {
    if (!edgeCounts[type]) { return; }
    legendEdges.appendChild(el("div", { "class": "sg-legend-row" }, [
      lineIcon(edgeStyle(type)), el("span", {}, [type]),
      el("span", { "class": "sg-count" }, [String(edgeCounts[type])])]));
  });
  var learnedCount = data.edges.filter(function (e) { return e.props && e.props.found_by === "learned"; }).length;
  if (learnedCount) {
    legendEdges.appendChild(el("div", { "class": "sg-legend-row", id: "sg-legend-learned" }, [
      lineIcon({ colour: "#9a9a9a", width: 1.5, dashes: style.learned_edge.dashes }),
      el("span", {}, ["found by the learned model (any type)"]),
      el("span", { "class": "sg-count" }, [String(learnedCount)])]));
  }
  function setTypeVisible(type, visible) {
    state.hiddenTypes[type] = !visible;
    nodes.update(data.nodes.filter(function (n) { return n.type === type; })
      .map(function (n) { return { id: n.id, hidden: !visible }; }));
  }

  /* --- details panel ---------------------------------------------------- */
  var details = document.getElementById("sg-details");
  function propTable(props, disputed) {
    var rows = Object.keys(props).map(function (k) {
      var v = props[k];
      var text = (k === "share" || k === "stake") && typeof v === "number"
        ? (Math.round(v * 1000) / 10) + "%" : fmt(v);
      var row = el("tr", {}, [el("th", {}, [k]), el("td", {}, [text])]);
      if (disputed && disputed.indexOf(k) >= 0) {
        row.lastChild.appendChild(el("span", { "class": "sg-disputed" }, [" (sources disagree)"]));
      }
      return row;
    });
    return el("table", {}, rows);
  }
  var showClaims = false;  // each source's own claim, worth showing only beside other sources
  function sourceItem(s) {
    var parts = [];
    if (s.kind === "table") {
      parts.push(el("div", {}, ["Table " + (s.table || "?") + ", row " + (s.row === undefined ? "?" : s.row)]));
    } else {
      if (s.sentence) { parts.push(el("blockquote", { "class": "sg-sentence" }, [s.sentence])); }
      var where = "Document " + (s.document || "?");
      if (s.start !== undefined) { where += ", characters " + s.start + "-" + s.end; }
      parts.push(el("div", {}, [where]));
    }
    if (s.claim && showClaims) {
      parts.push(el("div", { "class": "sg-kind" }, ["says: " + Object.keys(s.claim).map(function (k) {
        return k + " = " + fmt(s.claim[k]);
      }).join(", ")]));
    }
    if (s.source_url) {
      var url = String(s.source_url);
      var link;
      if (/^https?:\/\//i.test(url)) {
        link = el("a", { target: "_blank", rel: "noopener noreferrer nofollow" }, [url]);
        link.href = url;  // only http(s): never a javascript: or data: URL
      } else {
        link = el("span", {}, [url]);
      }
      parts.push(el("div", { "class": "sg-url" }, [link]));
    }
    return el("li", {}, parts);
  }
  function sourceList(sources) {
    if (!sources || !sources.length) { return el("p", { "class": "sg-hint" }, ["No sources recorded."]); }
    showClaims = sources.length > 1;
    return el("ol", { "class": "sg-sources" }, sources.map(sourceItem));
  }
  function showEdge(id) {
    var e = edgeById[id];
    if (!e) { return; }
    var from = nodeById[e.from], to = nodeById[e.to];
    details.replaceChildren(
      el("h3", {}, [(from ? from.label : e.from) + " \u2192 " + (to ? to.label : e.to)]),
      el("div", { "class": "sg-kind" }, [e.type]),
      propTable(e.props, e.disputed || []),
      el("div", {}, [el("strong", {}, ["Sources (" + e.sources.length + ")"])]),
      sourceList(e.sources));
    details.setAttribute("data-shown", "edge:" + id);
  }
  function showNode(id) {
    var n = nodeById[id];
    if (!n) { return; }
    var parts = [el("h3", {}, [n.label]), el("div", { "class": "sg-kind" }, [n.type])];
    var props = Object.assign({}, n.props);
    if (n.aliases) { props.aliases = n.aliases; }
    props.size_by = n.score;
    parts.push(propTable(props, []));
    var degree = network.getConnectedEdges(id).length;
    parts.push(el("div", {}, [degree + " drawn edge" + (degree === 1 ? "" : "s")]));
    if (n.sources) {
      parts.push(el("div", {}, [el("strong", {}, ["Sources (" + n.sources.length + ")"])]));
      parts.push(sourceList(n.sources));
    }
    details.replaceChildren.apply(details, parts);
    details.setAttribute("data-shown", "node:" + id);
  }
  function clearDetails() {
    details.replaceChildren(el("p", { "class": "sg-hint" }, ["Hover or click a node or edge."]));
    details.setAttribute("data-shown", "");
  }
  network.on("hoverEdge", function (p) { if (!state.pinned) { showEdge(p.edge); } });
  network.on("hoverNode", function (p) { if (!state.pinned) { showNode(p.node); } });
  network.on("click", function (p) {
    if (p.nodes.length) { state.pinned = "node"; showNode(p.nodes[0]); }
    else if (p.edges.length) { state.pinned = "edge"; showEdge(p.edges[0]); }
    else { state.pinned = null; clearDetails(); }
  });

  /* --- search --------------------------------------------------------- */
  var search = document.getElementById("sg-search");
  var results = document.getElementById("sg-search-results");
  function matches(query) {
    var q = query.trim().toLowerCase();
    if (!q) { return []; }
    return data.nodes.filter(function (n) {
      if (n.label.toLowerCase().indexOf(q) >= 0) { return true; }
      return (n.aliases || []).some(function (a) { return String(a).toLowerCase().indexOf(q) >= 0; });
    });
  }
  function focusNodes(ids) {
    ids = ids.filter(function (id) { return !state.hiddenTypes[nodeById[id].type]; });
    network.selectNodes(ids);
    if (ids.length) { network.fit({ nodes: ids, animation: false }); }
    if (ids.length === 1) { state.pinned = "node"; showNode(ids[0]); }
  }
  search.addEventListener("input", function () {
    var found = matches(search.value);
    var shown = found.slice(0, 25).map(function (n) {
      var b = el("button", { type: "button", "data-id": n.id }, [n.label + " (" + n.type + ")"]);
      b.addEventListener("click", function () { focusNodes([n.id]); });
      return b;
    });
    var head = search.value.trim() ? [el("div", { "class": "sg-kind" },
      [found.length + " match" + (found.length === 1 ? "" : "es") + (found.length > 25 ? ", first 25 listed" : "")])] : [];
    results.replaceChildren.apply(results, head.concat(shown));
    network.selectNodes(found.map(function (n) { return n.id; }).filter(function (id) {
      return !state.hiddenTypes[nodeById[id].type];
    }));
  });
  search.addEventListener("keydown", function (ev) {
    if (ev.key === "Enter") { focusNodes(matches(search.value).map(function (n) { return n.id; })); }
  });

  window.supplygraph = { network: network, nodes: nodes, edges: edges, data: data, state: state,
                         showEdge: showEdge, showNode: showNode, setTypeVisible: setTypeVisible };
})();
