import os

from django.conf import settings
from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "rokportal.settings")
application = get_wsgi_application()
# No server without a key: reading an empty SECRET_KEY raises ImproperlyConfigured.
_ = settings.SECRET_KEY
