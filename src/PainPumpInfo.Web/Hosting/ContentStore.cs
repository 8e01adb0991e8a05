using PainPumpInfo.Content;

namespace PainPumpInfo.Web.Hosting;

/// <summary>Holds the current content snapshot. Pages read <see cref="Current"/>; a reload swaps it whole.</summary>
public sealed class ContentStore
{
    private readonly ContentLoader loader;
    private ContentSnapshot current;

    public ContentStore(ContentLoader loader)
    {
        this.loader = loader;
        current = loader.Load();
    }

    public ContentSnapshot Current => Volatile.Read(ref current);

    public ContentOptions Options => loader.Options;
}
