"""The public REST API under /api/: read-only for anonymous readers (accepted
records only), with writes for curators holding the model permissions."""
