import part from "virtual:english/share";
import { addEnglish } from "../i18n";

addEnglish(part);
