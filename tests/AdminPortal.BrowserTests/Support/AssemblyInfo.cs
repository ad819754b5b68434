// Each journey class starts its own portal and Chromium; on the 2-core CI machine three at once starve each other's
// Blazor circuits (a select's options arrived after Playwright's 30 s wait). One journey at a time.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
