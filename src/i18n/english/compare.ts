import part from "virtual:english/compare";
import { addEnglish } from "../i18n";

addEnglish(part);
