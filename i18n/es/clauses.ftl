## Las cláusulas en palabras de este proyecto (`appeal explain`, `appeal policy show`, los recursos de
## cláusula del servidor MCP): un mensaje por cláusula, `clause-` y el id de la cláusula. Nunca el
## texto de las propias reglas: lo que dice cada cláusula, dicho a nuestra manera.

# Dónde actúa una cláusula en el orden de evaluación.
stage-gate = un filtro, que se verifica antes de cualquier cláusula
stage-governing = una cláusula rectora: decide la apelación que rige
stage-cross_cutting = una cláusula transversal, que se agrega a cualquier fallo
stage-notice = un aviso, que se agrega a los fallos a los que se refiere

clause-general-age_limit = Las apelaciones sobre órdenes más antiguas que la antigüedad máxima (contada en meses calendario desde la creación de la orden hasta la apelación) pueden rechazarse; el soporte puede reabrirlas caso por caso.
clause-procedure-kyc = Ambas partes deben haber completado la verificación de identidad (KYC) para que se atienda la apelación.
clause-procedure-timer = Solo se puede presentar una apelación cuando haya terminado la cuenta regresiva de la orden posterior a "marcar como pagado".
clause-procedure-reason = Una apelación debe indicar su tipo y su motivo.
clause-procedure-evidence = El apelante debe subir las pruebas que exige el procedimiento (por ejemplo, el comprobante de pago) antes de que el soporte actúe.
clause-buyer-1a = El vendedor se niega a liberar tras un pago correcto desde la cuenta del propio comprador. Dentro de la banda de precios aceptable, el vendedor que no responde a tiempo pierde la criptomoneda a favor del comprador; fuera de ella, el vendedor debe reembolsar el pago total, la orden se cancela una vez confirmado el reembolso, y una negativa o un retraso injustificados liberan la criptomoneda al comprador.
clause-buyer-1b = El vendedor tarda en liberar. Tras un pago inmediato, el vendedor tiene un plazo corto para liberar; tras un pago no inmediato, uno más largo en días hábiles, dentro del cual debe demostrar la falta de recepción con un estado de cuenta bancario, o el pago se considera recibido.
clause-buyer-1c = El vendedor retiene la liberación porque las observaciones del pago del comprador contienen palabras sensibles. El soporte pide al vendedor que reembolse o libere: la liberación corre por cuenta y riesgo exclusivos del vendedor, el reembolso corre a cargo del comprador.
clause-buyer-2a = El comprador pagó más que el monto de la orden. El soporte pide al vendedor que reembolse el excedente; al vendedor que se niega o no responde se le pueden congelar el acceso P2P y los activos hasta la resolución. La recuperación se hace en la medida de lo posible y la plataforma no se hace responsable del error del comprador.
clause-buyer-3a = El comprador pagó, pero la orden se canceló (por tiempo agotado o por error). Una vez confirmado el pago, el vendedor debe reembolsar dentro del plazo; el vendedor que se niega queda congelado de inmediato, y el que no responde, al vencer el plazo. La plataforma no se hace responsable si el vendedor nunca reembolsa.
clause-buyer-4a = El vendedor hace exigencias fuera de lo normal. Una verificación adicional solo se permite si los términos del anuncio informaron exactamente ese requisito y el comprador acepta; de lo contrario, la orden se cancela. Otras exigencias fuera de la política (datos de contacto, canales externos, comisiones adicionales) cancelan la orden y conllevan una sanción para el vendedor.
clause-buyer-5a = El vendedor usó lenguaje ofensivo. El soporte decide las sanciones a su criterio: una suspensión, o la inhabilitación permanente en caso de reincidencia.
clause-buyer-6a = El vendedor cometió fraude. El defraudador pierde el acceso P2P de forma permanente y se eliminan sus anuncios; sus activos pueden congelarse cuando es probable una pérdida.
clause-seller-1a = El comprador marcó la orden como pagada sin pagar. Sin un comprobante de pago válido (un comprobante sin adulterar de una fuente bancaria oficial) a tiempo, o si no se puede contactar al comprador, la orden se cancela y la criptomoneda vuelve al vendedor.
clause-seller-1b = El comprador tiene un comprobante válido, pero el vendedor dice que el dinero no llegó. El vendedor debe respaldar su reclamo con un estado de cuenta bancario a tiempo; sin él, la criptomoneda se libera; con él, el pago se rastrea con ambos bancos.
clause-seller-1c = El comprador pagó a una cuenta a la que el vendedor no tiene acceso. Solo son vinculantes los datos de pago de la página de la orden registrada por el sistema: el comprador que los siguió está protegido; el comprador que pagó a otra cuenta (indicada en el chat, en los términos del anuncio o en aplicaciones de mensajería externas) asume la pérdida, y los reincidentes pueden ser inhabilitados.
clause-seller-2a = El comprador pagó menos que el monto de la orden. De forma predeterminada, el comprador puede completar el faltante a tiempo; de lo contrario, el vendedor reembolsa lo recibido y la orden se cancela; una política puede, en cambio, liberar la parte pagada.
clause-seller-3a = El comprador crea órdenes sin intención de pagar. El soporte investiga; una vez confirmado, el comprador queda excluido de P2P de forma permanente, sin derecho a apelación.
clause-seller-4a = La cuenta del vendedor fue bloqueada después de recibir el pago del comprador. El acceso P2P y los retiros del comprador se retienen hasta la resolución; el vendedor debe demostrar que el comprador causó el bloqueo, y luego el comprador debe colaborar con documentos o será inhabilitado.
clause-seller-5a = El vendedor liberó sin confirmar el pago y asume la pérdida; la plataforma no interviene. El comprador que no colabore queda suspendido, y el vendedor puede acudir a la policía.
clause-seller-6a = El comprador usó lenguaje ofensivo. El soporte decide las sanciones a su criterio: una suspensión, o la inhabilitación permanente en caso de reincidencia.
clause-seller-7a = El comprador cometió fraude. El defraudador pierde el acceso P2P de forma permanente y se eliminan sus anuncios; sus activos pueden congelarse cuando es probable una pérdida.
clause-disclaimers-timeliness = Las pérdidas por no seguir las instrucciones del soporte dentro del plazo dado corren por cuenta del propio usuario.
clause-disclaimers-off_platform = Las operaciones, los pagos y los acuerdos realizados fuera de la plataforma corren por cuenta y riesgo de los propios usuarios; la plataforma no se hace responsable de ellos.
clause-disclaimers-channels = Solo cuentan el chat y las herramientas de soporte propias de la plataforma; las pérdidas derivadas de canales externos (aplicaciones de mensajería, correo electrónico, teléfono) no están cubiertas.
clause-general-finality = Las decisiones del soporte sobre disputas son definitivas, salvo que las reglas dispongan otra cosa.
clause-guide-steps = Una apelación admisible pasa a un agente de soporte: el apelante abre el chat en vivo, indica el número de orden y el problema, y allí se revisan las pruebas.
clause-guide-completed = La plataforma es un intermediario: los pagos son definitivos una vez completada la orden, y no reabre órdenes completadas salvo que una de las partes haya actuado de forma fraudulenta o engañosa.
