"""The app a twin's models belong to: models defined in the twin's __main__ get the label "app"."""

import os

from django.apps import AppConfig


class TwinAppConfig(AppConfig):
    name = "__main__"
    label = "app"
    path = os.path.dirname(os.path.abspath(__file__))
