"""What the dataset says: the questions the pages ask of it, as pure functions."""
