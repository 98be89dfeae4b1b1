/** The flags every headless Chromium of this project runs with. */
export declare const chromiumArgs: string[];
/** `CHROME_PATH`, else Debian's /usr/bin/chromium; undefined when neither exists. */
export declare function findChromium(): string | undefined;
