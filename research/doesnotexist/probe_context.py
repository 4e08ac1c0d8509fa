# What the traceback of the "not callable" TypeError carries: the DoesNotExist that was being
# handled is chained as __context__, so the full traceback shows both, the original first.
import traceback
from probe_django import create_tables
from django.db import models

class Article(models.Model):
    title = models.CharField(max_length=100)
    class Meta:
        app_label = 'probe'

create_tables(Article)

def load(pk):
    try:
        return Article.objects.get(pk=pk)
    except Article.DoesNotExist as exc:
        raise exc(f'no article {pk}')

try:
    load(7)
except TypeError as e:
    print('context:', type(e.__context__).__qualname__, '-', e.__context__)
    lines = traceback.format_exception(e)
    text = ''.join(lines)
    print('mentions "During handling":', 'During handling of the above exception, another exception occurred' in text)
    print('last line:', lines[-1].strip())
    print('failing source line:', [l.strip() for l in text.splitlines() if 'raise exc(' in l][-1])

# The other way the message appears inside Django: Article.DoesNotExist replaced by an instance.
# get() calls that instance while building its exception, so nothing was being handled yet.
original = Article.DoesNotExist
Article.DoesNotExist = original('patched')
try:
    Article.objects.get(pk=7)
except TypeError as e:
    frames = traceback.extract_tb(e.__traceback__)
    print('patched attribute:', type(e).__name__, '-', e)
    print('  last frame:', frames[-1].filename.split('site-packages/')[-1], 'in', frames[-1].name)
    print('  __context__:', e.__context__, '__cause__:', e.__cause__)
    print('  traceback mentions "During handling":', 'During handling' in ''.join(traceback.format_exception(e)))
finally:
    Article.DoesNotExist = original

# except X() is evaluated for any exception that reaches it, not only for a miss.
Article.objects.create(title='a')
Article.objects.create(title='a')
try:
    try:
        Article.objects.get(title='a')
    except Article.DoesNotExist():
        pass
except TypeError as e:
    print('except X(), two rows match:', type(e).__name__, '-', e, '| while handling:', type(e.__context__).__qualname__)
    print('  last frame:', traceback.extract_tb(e.__traceback__)[-1].line)
