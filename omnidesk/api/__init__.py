"""Everything that speaks APIMart's video API: request rules, typed models,
tolerant parsing, the error hierarchy, the retry policy and the HTTP client."""
