# A test that fails with MESSAGE (a suite that cannot run must not pass).
message(FATAL_ERROR "${MESSAGE}")
