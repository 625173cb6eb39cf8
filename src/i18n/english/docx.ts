import part from "virtual:english/docx";
import { addEnglish } from "../i18n";

addEnglish(part);
