"""The Qt desktop application. Calls ``frontdesk`` services; never SQL or HTTP directly."""
