"""OmniDesk's Qt user interface. Talks to the core (``omnidesk``) only through
its public interface."""
