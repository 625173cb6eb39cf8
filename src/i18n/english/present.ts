import part from "virtual:english/present";
import { addEnglish } from "../i18n";

addEnglish(part);
