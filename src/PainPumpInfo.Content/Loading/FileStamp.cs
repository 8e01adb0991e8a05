namespace PainPumpInfo.Content.Loading;

/// <summary>A file's size and last write time: when both are as before, a reload after a watcher event takes the file as unchanged.</summary>
public readonly record struct FileStamp(long Length, DateTimeOffset LastWriteUtc);
