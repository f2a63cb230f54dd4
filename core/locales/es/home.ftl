### La pantalla de inicio: las zonas, la última sesión y la franja de esta semana, los enlaces.
###
### El texto de origen es core/locales/en/home.ftl; los términos fijos
### están en docs/glossary/es.md.

# El nombre de la aplicación, grande arriba a la izquierda.
home-title = Limber
# Antes de la lista de perfiles, arriba a la derecha.
home-profile = Perfil
# El botón que muestra la lista de teclas; ? es su tecla.
home-keys = Teclas ?
# Encima de las zonas.
home-question = ¿Qué quieres trabajar hoy?
# La rutina que recorre todas las zonas.
home-full-routine = Rutina completa
# Junto a la fila de rutinas propias del perfil (creadas con Nueva rutina).
home-your-routines = Tus rutinas
# Bajo una rutina: cuántos ejercicios y cuánto dura, más o menos.
# `$minutes` es una duración ya escrita («5 min»).
home-routine-facts = { $count ->
        [one] 1 ejercicio
       *[other] { $count } ejercicios
    } · aprox. { $minutes }
home-browse-exercises = Ver todos los ejercicios
home-new-routine = Nueva rutina
# La última sesión que cuenta: «Última: Zona lumbar, ayer, 6 min».
# `$when` es un día ya escrito («ayer», «el lunes»).
home-last-session = Última: { $routine }, { $when }, { $minutes }
home-no-sessions = Aún no hay sesiones. Empieza con suavidad: elige una zona arriba.
home-sessions-last-7-days = { $count ->
        [0] ninguna en los últimos 7 días
        [one] 1 sesión en los últimos 7 días
       *[other] { $count } sesiones en los últimos 7 días
    }
# La tarjeta de la semana con un plan; `$summary` ya está escrito
# («2 de 3 sesiones planificadas»).
home-this-week = Esta semana: { $summary }

## La lista de teclas (?) de Inicio.

home-key-open-routine = Abrir una rutina (su número está en el recuadro)
home-key-safety = Seguridad: cuándo parar y pedir ayuda
home-key-new-routine = Nueva rutina: crea una propia
