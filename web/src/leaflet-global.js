// leaflet.markercluster is a plugin that extends the global `L`: make it exist before the plugin is imported.
import L from "leaflet";

window.L = L;
export default L;
