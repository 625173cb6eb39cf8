import { createContext, useContext } from "react";

/** The free-text query the shown rows match, for the cells to highlight (cells are module-level). */
export const SearchQueryContext = createContext("");

export const useSearchQuery = () => useContext(SearchQueryContext);
