"""What a page or slide shows, assembled from the domain for one screen."""
