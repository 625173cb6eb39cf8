import { createContext, useContext } from "react";

/** How a title cell opens the detail panel (cells are module-level, so they receive it by context). */
export const OpenActivityContext = createContext<(id: string) => void>(() => undefined);

export const useOpenActivity = () => useContext(OpenActivityContext);
