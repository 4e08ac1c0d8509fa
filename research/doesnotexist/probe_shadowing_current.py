# A field named DoesNotExist on current Django, run as it is (no simulation).
#
# Up to 3.2, Field.contribute_to_class() installed the descriptor only when the class had no truthy
# attribute of that name, so the exception class made earlier by ModelBase.__new__ survived
# (probe_shadowing.3.2.out.txt). Django 4.0 dropped that guard (PR django/django#14508, "Fixed
# #30427, Fixed #16176 -- Corrected setting descriptor in Field.contribute_to_class()"); this probe
# shows what that means on the installed Django.
import inspect
import traceback

from probe_django import case, create_tables
from django.db import models
from django.db.models import Field

print('contribute_to_class installs the descriptor unconditionally:',
      'setattr(cls, self.attname, self.descriptor_class(self))' in inspect.getsource(Field.contribute_to_class)
      and 'if not getattr(cls, self.attname' not in inspect.getsource(Field.contribute_to_class))


class Shadow(models.Model):
    name = models.CharField(max_length=100)
    DoesNotExist = models.BooleanField(default=False)
    class Meta:
        app_label = 'probe'

print('Shadow.DoesNotExist =', type(Shadow.DoesNotExist).__qualname__)
print('checks:', [str(m) for m in Shadow.check()])
create_tables(Shadow)
Shadow.objects.create(name='x')

def existing():
    try:
        return Shadow.objects.get(pk=1)
    except Shadow.DoesNotExist:
        return None
case('row exists', existing)

def missing():
    try:
        return Shadow.objects.get(pk=5)
    except Shadow.DoesNotExist:
        return None
case('row missing, except Shadow.DoesNotExist', missing)

def missing_core():
    from django.core.exceptions import ObjectDoesNotExist
    try:
        return Shadow.objects.get(pk=5)
    except ObjectDoesNotExist:
        return 'caught'
case('row missing, except ObjectDoesNotExist', missing_core)
print('instance attribute:', repr(Shadow.objects.get(pk=1).DoesNotExist))

# Where the TypeError of a bare miss comes from, and whether anything is chained to it.
try:
    Shadow.objects.get(pk=5)
except TypeError as e:
    frames = traceback.extract_tb(e.__traceback__)
    print('bare miss:', type(e).__name__, '-', e)
    print('  last frame:', frames[-1].filename.split('site-packages/')[-1], 'in', frames[-1].name)
    print('  __context__:', e.__context__, '__cause__:', e.__cause__)
    print('  traceback mentions "During handling":', 'During handling' in ''.join(traceback.format_exception(e)))
