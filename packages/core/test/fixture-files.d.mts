export declare const INSTITUTIONS_DIR: string;
export declare const SHARED_FIXTURE_DIR: string;
export declare function fixtureFiles(): { label: string; path: string }[];
