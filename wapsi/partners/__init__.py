"""Partners: API keys, event subscriptions and signed webhooks for other platforms."""
