// Each journey class starts its own portal and Chromium; one class at a time keeps the 2-core CI machine responsive.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
