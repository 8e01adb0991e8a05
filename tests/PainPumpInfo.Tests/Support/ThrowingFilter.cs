using Microsoft.AspNetCore.Mvc.Filters;

namespace PainPumpInfo.Tests.Support;

/// <summary>Makes one path fail inside the app, to show what a visitor sees when something breaks.</summary>
public sealed class ThrowingFilter(string path) : IResourceFilter
{
    public void OnResourceExecuting(ResourceExecutingContext context)
    {
        if (context.HttpContext.Request.Path == path) throw new InvalidOperationException("test failure");
    }

    public void OnResourceExecuted(ResourceExecutedContext context) { }
}
