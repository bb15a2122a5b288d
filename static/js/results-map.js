// The search page's map view: an enhancement of the list. Loaded (deferred, after Leaflet and
// Leaflet.markercluster) only on ?weergave=kaart. The markers come from a JSON script element
// (json_script), popups are built with textContent: no inline script or style, nothing from
// the data is read as HTML. Tiles come from PDOK, the one image host the CSP allows.
(function () {
  "use strict";

  var NETHERLANDS = [[50.75, 3.2], [53.7, 7.22]];

  function link(href, text) {
    var a = document.createElement("a");
    a.className = "utrecht-link";
    a.href = href;
    a.textContent = text;
    return a;
  }

  function popupContent(place) {
    var box = document.createElement("div");
    box.className = "map-popup";
    var heading = document.createElement("p");
    heading.className = "map-popup__organisation";
    heading.appendChild(link(place.organisationUrl, place.organisation));
    box.appendChild(heading);
    var where = document.createElement("p");
    where.className = "map-popup__address";
    where.textContent = place.name + " – " + place.address;
    box.appendChild(where);
    var offers = document.createElement("ul");
    offers.className = "map-popup__offers";
    place.offers.forEach(function (offer) {
      var item = document.createElement("li");
      item.appendChild(link(offer.url, offer.name));
      offers.appendChild(item);
    });
    box.appendChild(offers);
    return box;
  }

  function draw(element) {
    if (element.dataset.drawn || !window.L) {
      return;
    }
    element.dataset.drawn = "true";
    var data = document.getElementById("results-map-data");
    var places = data ? JSON.parse(data.textContent) : [];
    var map = L.map(element, { keyboard: true, scrollWheelZoom: false, maxBounds: [[49.5, 0.5], [54.5, 9.5]], minZoom: 6 });
    map.attributionControl.setPrefix(false);
    L.tileLayer(element.dataset.tiles, {
      maxZoom: 19,
      attribution: element.dataset.attribution,
    }).addTo(map);
    var clusters = L.markerClusterGroup({ showCoverageOnHover: false });
    var bounds = [];
    places.forEach(function (place) {
      var label = place.organisation + ", " + place.name + " – " + place.address;
      var marker = L.marker([place.lat, place.lng], { keyboard: true, title: label, alt: label });
      marker.bindPopup(popupContent(place));
      clusters.addLayer(marker);
      bounds.push([place.lat, place.lng]);
    });
    map.addLayer(clusters);
    if (bounds.length) {
      map.fitBounds(bounds, { padding: [24, 24], maxZoom: 14 });
    } else {
      map.fitBounds(NETHERLANDS);
    }
    // A cluster is a marker too: Enter on it zooms in, like a click. Give it a name.
    clusters.on("animationend", nameClusters);
    map.on("zoomend moveend", nameClusters);
    nameClusters();

    function nameClusters() {
      element.querySelectorAll(".marker-cluster").forEach(function (icon) {
        var count = icon.textContent.trim();
        icon.setAttribute("role", "button");
        icon.setAttribute("aria-label", (element.dataset.clusterLabel || "%s").replace("%s", count));
      });
    }

    // Escape closes the popup wherever the focus is in the map (Leaflet listens only while
    // the map itself has the focus, not a marker or a link in the popup).
    element.addEventListener("keydown", function (event) {
      if (event.key === "Escape" && map.hasLayer && map._popup && map.hasLayer(map._popup)) {
        event.preventDefault();
        map.closePopup();
      }
    });

    // Back to the marker when its popup closes (Escape or the close button), so a keyboard
    // user keeps her place.
    map.on("popupopen", function (event) {
      var first = event.popup.getElement().querySelector(".map-popup a");
      if (first) {
        first.focus();
      }
    });
    map.on("popupclose", function (event) {
      var source = event.popup._source;
      var icon = source && source.getElement && source.getElement();
      if (icon && document.activeElement && (document.activeElement === document.body || element.contains(document.activeElement))) {
        icon.focus();
      }
    });
  }

  function drawAll() {
    document.querySelectorAll(".results-map").forEach(draw);
  }

  document.addEventListener("DOMContentLoaded", drawAll);
  // The search form re-renders the results with htmx: draw the new map.
  document.addEventListener("htmx:afterSettle", drawAll);
})();
