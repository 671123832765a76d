import { createContext, useContext } from "react";

/** The Content-Security-Policy nonce of the current request; undefined in the browser and in development. */
export const NonceContext = createContext<string | undefined>(undefined);
export const useNonce = () => useContext(NonceContext);
