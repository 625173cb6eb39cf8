import part from "virtual:english/activities";
import { addEnglish } from "../i18n";

addEnglish(part);
