from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class OrganisationsConfig(AppConfig):
    name = "organisations"
    verbose_name = _("Sociale kaart")

    def ready(self) -> None:
        from . import signals  # noqa: F401
        from .search import signals as search_signals  # noqa: F401
