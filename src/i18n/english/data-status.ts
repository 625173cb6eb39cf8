import part from "virtual:english/dataStatus";
import { addEnglish } from "../i18n";

addEnglish(part);
