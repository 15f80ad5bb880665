## Exenciones de responsabilidad y Términos Generales (disclaimers.*, general.finality)

disclaimers-channels-named_in_chat = el chat { $chat } ({ $from }) menciona un canal externo: "{ $text }" ({ $terms })
disclaimers-channels-notice = Solo cuentan el chat y las herramientas de soporte propias de la plataforma. Las pérdidas derivadas del uso de canales externos (aplicaciones de mensajería, correo electrónico, llamadas telefónicas) no están cubiertas, y el soporte no actúa sobre nada acordado por esos medios.
disclaimers-off_platform-proposed = el { $party } propuso operar o pagar fuera de la plataforma
disclaimers-off_platform-notice = Las operaciones P2P deben permanecer en la plataforma. Las pérdidas derivadas de operaciones, pagos o acuerdos realizados fuera de ella corren por cuenta de los propios usuarios; la plataforma no se hace responsable de ellas.
disclaimers-timeliness-notice = El { $party } no actuó dentro del plazo que le dio el soporte; las pérdidas que se deriven de ello corren por cuenta del propio { $party }.
general-finality-notice = La decisión del soporte sobre esta disputa es definitiva, salvo que las reglas dispongan otra cosa.
