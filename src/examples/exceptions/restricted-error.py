from django.db import models


class Project(models.Model):
    name = models.CharField(max_length=50)


class Board(models.Model):
    project = models.ForeignKey(Project, on_delete=models.CASCADE)


class Card(models.Model):
    board = models.ForeignKey(Board, on_delete=models.RESTRICT)
    project = models.ForeignKey(Project, on_delete=models.CASCADE)


project = Project.objects.create(name="Launch")
board = Board.objects.create(project=project)
Card.objects.create(board=board, project=project)

# en: A board that still has cards cannot be deleted by itself.
# ru: Доску, на которой ещё есть карточки, нельзя удалить отдельно.
# es: Un tablero que todavía tiene tarjetas no se puede eliminar por sí solo.
try:
    board.delete()
except models.RestrictedError as error:
    print(error.args[0])
    print(error.restricted_objects)

# en: Unlike PROTECT, RESTRICT yields when the same delete removes the cards through a CASCADE:
# ru: В отличие от PROTECT, RESTRICT уступает, когда то же удаление убирает карточки по CASCADE:
# es: A diferencia de PROTECT, RESTRICT cede cuando la misma eliminación quita las tarjetas mediante un CASCADE:
# en: deleting the project takes the board and its cards with it.
# ru: удаление проекта уносит с собой и доску, и её карточки.
# es: al eliminar el proyecto, se van con él el tablero y sus tarjetas.
count, per_model = project.delete()
print(count, per_model)
