import part from "virtual:english/importData";
import { addEnglish } from "../i18n";

addEnglish(part);
