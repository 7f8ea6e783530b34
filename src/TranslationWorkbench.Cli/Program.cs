using TranslationWorkbench.Cli;

// Before SQLite starts: no global count of its allocations, whose lock every allocation took
// (a million-unit TMX import: 7.9 s with it, 7.6 s without). Only possible before its first use, hence here.
const int SqliteConfigMemStatus = 9;
SQLitePCL.Batteries_V2.Init();
SQLitePCL.raw.sqlite3_config(SqliteConfigMemStatus, 0);

return TwCommand.Run(args, Console.Out, Console.Error);
