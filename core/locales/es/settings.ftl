### La pantalla de ajustes: sonido, guía por voz, tiempos, tema, tamaño del texto, idioma, perfiles.
###
### El texto de origen es core/locales/en/settings.ftl; los términos fijos
### están en docs/glossary/es.md.

## La pantalla de ajustes.

# El título; `$profile` es el nombre del perfil.
settings-title = Ajustes de { $profile }

# Títulos de las secciones.
settings-sound = Sonido
settings-spoken-coach = Guía por voz
settings-timings = Tiempos
settings-profiles = Perfiles

## La fila del título: tema, tamaño del texto e idioma.

settings-theme = Tema
settings-text-size = Tamaño del texto
settings-language = Idioma
# La primera entrada de la lista: el idioma del ordenador, en ese idioma.
settings-language-system = Sistema ({ $language })
# Un idioma guardado en el perfil que este Limber no tiene («fi»).
settings-language-unknown = { $tag } (no disponible)
# Cuando el idioma se eligió al iniciar Limber (`--lang` o LIMBER_LANG),
# que manda sobre la lista hasta el próximo inicio.
settings-language-command-line = { $language } por ahora, porque Limber se inició con { "--lang" }; la lista se aplica a partir del próximo inicio.

## Sonido.

settings-sounds = Sonidos
settings-volume = Volumen
# Un valor en porcentaje: «70 %».
settings-percent = { $percent } %
# Encima de las opciones para los últimos tres segundos de mantener
# (No, Tictac, Voz, Ambos).
settings-countdown = Contar los últimos 3 s al mantener
# La palabra junto a un interruptor.
settings-on = Sí
settings-off = No

## La guía por voz.

# Un momento tras el inicio, mientras se conecta el servicio de voz.
settings-voice-looking = Buscando una voz…
settings-speak-steps = Leer los pasos en voz alta
# El botón que dice una frase de prueba; T es su tecla.
settings-try-voice = Probar  (T)
settings-voice = Voz
settings-speed = Velocidad
settings-voice-volume = Volumen de la voz
# La primera entrada de la lista de voces: la que elige el ordenador.
settings-voice-system-default = La del sistema
# Una voz con su idioma: «Anna (de-DE)».
settings-voice-with-language = { $voice } ({ $language })
# Una voz guardada en el perfil que este ordenador no tiene.
settings-voice-not-found = { $voice } (no encontrada)

## Tiempos.

settings-get-ready = Preparación
settings-rest = Descanso entre repeticiones
# El valor del descanso cuando el perfil no fija ninguno: el de cada ejercicio.
settings-rest-exercises-own = El de cada ejercicio
settings-setup-read = Tiempo para leer la posición inicial
settings-full-screen = Pantalla completa durante las rutinas
# Una duración en segundos junto a − y +: «5 s».
settings-seconds = { $seconds } s

## Perfiles.

# El nombre de un perfil con la marca del que está en uso.
settings-profile-in-use = { $profile }  (en uso)
settings-profile-use = Usar
settings-profile-rename = Renombrar
settings-profile-ask-delete = Eliminar…
# El texto de ejemplo del campo del nombre al renombrar.
settings-profile-name = Nombre
settings-profile-save = Guardar
settings-profile-cancel = Cancelar
# Antes de eliminar un perfil; `$profile` es su nombre.
settings-profile-delete-question = ¿Eliminar { $profile } y todo su historial? No se puede deshacer.
settings-profile-delete = Eliminar
settings-profile-keep = Conservar
# El texto de ejemplo del campo del nombre del perfil nuevo.
settings-new-profile-name = Nombre del perfil nuevo
settings-add-profile = Añadir perfil

## La lista de teclas (?) de los ajustes.

settings-key-move = Moverse entre los ajustes
settings-key-change = Cambiar el ajuste (también − y +)
settings-key-flip = Activar o desactivar el ajuste
settings-key-try-voice = Probar la voz
settings-key-new-profile = Escribir el nombre de un perfil nuevo (Intro lo añade)

## La pantalla que sustituye a Inicio cuando un Limber más reciente
## guardó el perfil.

newer-title = Este perfil es de un Limber más reciente
# `$profile` es el nombre del perfil; `$format`, el número del formato.
newer-explanation = «{ $profile }» se guardó con una versión más reciente de Limber (formato { $format }). Esta versión puede mostrarlo, pero no lo modificará: nada de lo que hagas ahora (dosis, ajustes, sesiones) se guarda.
newer-choose = Actualiza Limber para usarlo por completo o elige qué hacer ahora:
newer-open-read-only = Abrirlo solo para lectura
newer-use-another = Usar otro perfil

## Las opciones de Tema, Tamaño del texto y la cuenta atrás, cada una en
## un botón.

settings-theme-system = Sistema
settings-theme-light = Claro
settings-theme-dark = Oscuro
settings-text-size-normal = Normal
settings-text-size-large = Grande
settings-text-size-larger = Más grande
settings-countdown-off = No
settings-countdown-ticks = Tictac
settings-countdown-voice = Voz
settings-countdown-both = Voz y tictac
settings-countdown-note-no-sounds = El sonido está desactivado, así que el tictac no suena.
settings-countdown-note-no-voice = Mientras la voz está desactivada, cuenta el tictac en su lugar.
