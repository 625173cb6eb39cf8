import part from "virtual:english/deckNotice,urlReason";
import { addEnglish } from "../i18n";

addEnglish(part);
