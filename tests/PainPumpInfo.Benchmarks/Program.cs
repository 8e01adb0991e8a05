using BenchmarkDotNet.Running;

// `-- --filter '*Search*'` picks benchmarks by name; with no arguments BenchmarkDotNet asks which to run.
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
