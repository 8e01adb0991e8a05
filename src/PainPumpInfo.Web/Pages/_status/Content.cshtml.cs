using Microsoft.Extensions.Options;
using PainPumpInfo.Web.Hosting;

namespace PainPumpInfo.Web.Pages._status;

/// <summary>The staff page listing every content problem.</summary>
public sealed class ContentStatusModel(ContentStore store, IOptions<SiteOptions> options, IWebHostEnvironment environment)
    : StatusPageModel(store, options, environment);
