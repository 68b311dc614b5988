"""Words and numbers in the reader's language."""
