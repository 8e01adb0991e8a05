using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace PainPumpInfo.Tests.Support;

/// <summary>
/// A logger provider that keeps every entry at every level, with its message, its structured values, its
/// exception and the scopes around it, so a test can look for anything a request might have leaked into a log.
/// </summary>
public sealed class CapturedLogs : ILoggerProvider, ISupportExternalScope
{
    private readonly ConcurrentQueue<(string Category, LogLevel Level, string Text)> entries = new();
    private IExternalScopeProvider scopes = new LoggerExternalScopeProvider();

    public IReadOnlyList<(string Category, LogLevel Level, string Text)> Entries => entries.ToArray();

    public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

    public void SetScopeProvider(IExternalScopeProvider scopeProvider) => scopes = scopeProvider;

    public void Dispose() { }

    private sealed class Logger(CapturedLogs owner, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => owner.scopes.Push(state);

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            var text = new System.Text.StringBuilder();
            text.Append(formatter(state, exception)).Append(" | ").Append(state?.ToString());
            if (state is IEnumerable<KeyValuePair<string, object?>> values)
                foreach (var (key, value) in values) text.Append(" | ").Append(key).Append('=').Append(value);
            if (exception is not null) text.Append(" | ").Append(exception);
            owner.scopes.ForEachScope((scope, builder) => builder.Append(" | scope: ").Append(scope), text);
            owner.entries.Enqueue((category, logLevel, text.ToString()));
        }
    }
}
