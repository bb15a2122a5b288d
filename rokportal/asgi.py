import os

from django.conf import settings
from django.core.asgi import get_asgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "rokportal.settings")
application = get_asgi_application()
# No server without a key: reading an empty SECRET_KEY raises ImproperlyConfigured.
_ = settings.SECRET_KEY
