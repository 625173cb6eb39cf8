import part from "virtual:english/document";
import { addEnglish } from "../i18n";

addEnglish(part);
