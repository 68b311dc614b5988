"""Reading the dataset, the reader's scope and the counting rules."""
