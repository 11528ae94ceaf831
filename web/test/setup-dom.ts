import { configure } from "@testing-library/react";

// waitFor's 1 s default is tight for a shared, busy machine; a real failure still fails, only later.
configure({ asyncUtilTimeout: 5_000 });
