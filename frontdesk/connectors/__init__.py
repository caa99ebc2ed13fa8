"""Where procedures live, and the one HTTP client every remote call goes through."""
