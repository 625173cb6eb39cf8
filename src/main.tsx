// The global styles stay with the entry point, so that index.html links them before anything is drawn.
import "./styles/global.css";
import "./styles/themes.css";
import "./styles/bad-input.css";
import "./styles/print.css";
import "./app/start-app";
