using Microsoft.Extensions.Options;
using PainPumpInfo.Web.Hosting;

namespace PainPumpInfo.Web.Pages._status;

/// <summary>The staff page listing every content problem.</summary>
public sealed class ContentStatusModel(IOptions<SiteOptions> options, IWebHostEnvironment environment)
    : StatusPageModel(options, environment);
